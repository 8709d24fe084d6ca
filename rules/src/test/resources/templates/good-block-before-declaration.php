<?php
// PHP drops the newline after the closing tag: the served output starts with the declaration.
header('Content-Type: text/xml');
$to = $_REQUEST['To'];
?>
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Dial callerId="<?php echo htmlspecialchars($to); ?>"><?= $number ?></Dial>
</Response>
