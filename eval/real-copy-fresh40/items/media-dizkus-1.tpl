<h2>{gt text='Forum Information'}</h2>
<div id="dzk_forumdisabled" class="z-warningmsg">
    {$modvars.ZikulaDizkusModule.forum_disabled_info|safehtml}
</div>