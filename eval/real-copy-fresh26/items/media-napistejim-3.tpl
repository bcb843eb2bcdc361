{extends file="layout.tpl"}

{block name=title}
{t}Wrong link of confirmation{/t}
{/block}

{block name=main}
<h3>{t}Wrong link of confirmation{/t}</h3>

<p>{t}Wrong link to confirm sending of a message. Maybe you copy&pasted an incomplete link. Or the link might already expired.{/t}</p>
{/block}
