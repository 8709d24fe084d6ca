<?php echo '<?xml version="1.0" encoding="UTF-8"?>'; ?>
<Response>
  <Say><? echo $message; ?></Say>
</Response>
