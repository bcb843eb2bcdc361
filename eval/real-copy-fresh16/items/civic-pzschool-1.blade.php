
<!DOCTYPE html>
<html lang="en">
<head>
    <meta name="viewport" content="width=device-width" />
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>UBold - Responsive Bootstrap 4 Admin Dashboard</title>
    <link href="../assets/css/bootstrap.min.css" rel="stylesheet" type="text/css" id="bs-default-stylesheet" />
    <link href="../assets/css/app.min.css" rel="stylesheet" type="text/css" id="app-default-stylesheet" />
    <script>window.UserHelpPublicProjectID="Y7YyGqyq2"</script>
        <script src="https://run.userhelp.co" async></script>

</head>

<body>

  <table class="body-wrap" style="width: 100%;">
    <tr>
      <td class="container" width="800" style="display: block !important; max-width: 800px !important;" valign="top">
        <div class="content" style="padding:20px; margin-top: 20px;">
          <table class="main" width="100%" cellpadding="0" cellspacing="0" itemprop="action" itemscope itemtype="http://schema.org/ConfirmAction">
            <tr>
              <td class="content-wrap" style="padding: 30px;border: 3px solid #4fc6e1;background-color: #fff;" valign="top">
                <table width="100%">
                 
                              <tr>
                                <td>
                                    <h5>Mr./Mrs {{ $parent_name }}</h5>
                                    <p>Thank you for contacting us.</p>
                                    <p>The infectious disease name {{ $reason }} selected by the parent is an infectious disease subject to suspension of attendance.</p>
                                    <p>The period of suspension of attendance is {{ $recommended_leave_days }}.</p>
                                    <p>P.S.</p>
                                    <p>When returning to school, please fill out and submit the ``Notice of Permission to Attend School/Kindergarten'' located at the bottom of ``About Suspension of Attendance Due to Infectious Diseases at School.''If you require a ``doctor's permit to attend school,'' please submit it at the same time.</p>
                                    <p>Please take a good rest and try to recover your health.</p>
                                    <p>Take care.</p>
                                    <p>Important Deadlines:Stay on top of assignments, projects, and exams.</p>
                                    <p>Student Achievements: Celebrate student milestones within our school community.</p>
                                    </ol>
                                    <h5>Kuala Lumpur Japanese School</h5>
                                   
                                </td>
                                </tr>
                </table>
              </td>
            </tr>
          </table>
        </div>
      </td>
    </tr>
    </tbody>
  </table>
</body>

</html>