Your extension for the assignment '${assignment.name}' for ${module.code?upper_case} ${module.name} has been revoked.

<#if originalAssignmentDate??>
Your deadline for this assignment is now ${originalAssignmentDate}.  Any submissions made after this date will be subject to the usual late penalties.
</#if>