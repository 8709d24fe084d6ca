<?php
  header("content-type: text/xml");
  # the declaration is printed by PHP: its closing tag is inside a string literal
  echo "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  /* a comment with a quote ' and ?> does not end the block */
  $menu = 'main'; // a line comment that's got a quote
?>
<Response>
  <Gather action="handle.php?menu=<?php echo $menu ?>" numDigits="1">
    <Say>Welcome.</Say>
  </Gather>
</Response>
