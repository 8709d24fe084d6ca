<?php
// PHP drops the newline after the closing tag: the served output starts with the declaration.
header('Content-Type: text/xml');
$to = $_REQUEST['To'];
?>
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Dial callerId="<?php echo htmlspecialchars($to); ?>"><?= $number ?></Dial>
  <Play><?php
    // several lines of PHP inside a URL: their line breaks are the template's, not the URL's
    echo $recording_url;
  ?></Play>
  <Dial><Client><?php
    echo $agent;
  ?></Client></Dial>
</Response>
