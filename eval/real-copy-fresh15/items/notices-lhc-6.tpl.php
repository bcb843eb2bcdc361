<h2><?php echo erTranslationClassLhTranslation::getInstance()->getTranslation('chat/chatnotexists','Chat was deleted');?></h2>
<script>
    parent.postMessage("lhc_chat_closed_explicit", '*');
</script>