<?php $verb = 'Say'; ?>
<Response>
  <<?php echo $verb; ?>>Hello</<?php echo $verb; ?>>
</Response>
