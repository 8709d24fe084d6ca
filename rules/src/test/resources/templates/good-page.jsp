<%@ page contentType="text/xml;charset=UTF-8" %>
<%-- the Java servlet fills in the queue name --%>
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Enqueue waitUrl="<%= request.getContextPath() %>/hold"><%= queueName %></Enqueue>
</Response>
