import { Injectable, Logger, HttpStatus } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as nodemailer from 'nodemailer';
import { EmailException } from '../exceptions/email.exception';
import { BaseException } from '../exceptions/base.exception';
import { SchoolAdmin } from 'src/school-admin/school-admin.entity';
import { Student } from 'src/student/student.entity';
import { Teacher } from 'src/teacher/teacher.entity';

/**
 * Email templates
 */
export enum EmailTemplate {
  INVITATION = 'invitation',
  REGISTRATION_CONFIRMATION = 'registration_confirmation',
  PASSWORD_RESET = 'password_reset',
  GENERAL_NOTIFICATION = 'general_notification',
  STUDENT_INVITATION = 'student_invitation',
  TEACHER_INVITATION = 'teacher_invitation',
  STUDENT_PIN_RESET = 'student_pin_reset',
  TEACHER_PIN_RESET = 'teacher_pin_reset',
  ADMISSION_APPLICATION_CONFIRMATION = 'admission_application_confirmation',
  INTERVIEW_INVITATION = 'interview_invitation',
  ADMISSION_ACCEPTED = 'admission_accepted',
  ADMISSION_REJECTED = 'admission_rejected',
  ADMISSION_WAITLISTED = 'admission_waitlisted',
  INTERVIEW_COMPLETED = 'interview_completed',
  ASSIGNMENT_PUBLISHED = 'assignment_published',
}

/**
 * Email service for sending various types of emails
 */
@Injectable()
export class EmailService {
  private transporter: nodemailer.Transporter;
  private readonly logger = new Logger(EmailService.name);
  private readonly frontendUrl: string;
  private readonly fromEmail: string;

  constructor(private configService: ConfigService) {
    this.initializeTransporter();
    this.frontendUrl = this.configService.get<string>(
      'FRONTEND_URL',
      'http://localhost:3000',
    );
    this.fromEmail = this.configService.get<string>(
      'MAIL_FROM',
      'noreply@schoolmanagementsystem.com',
    );
  }

  private initializeTransporter(): void {
    this.transporter = nodemailer.createTransport({
      host: this.configService.get<string>('MAIL_HOST', 'smtp.example.com'),
      port: this.configService.get<number>('MAIL_PORT', 587),
      secure: this.configService.get<boolean>('MAIL_SECURE', false),
      auth: {
        user: this.configService.get<string>('MAIL_USER', ''),
        pass: this.configService.get<string>('MAIL_PASSWORD', ''),
      },
    });

    this.transporter.verify((error) => {
      if (error) {
        this.logger.error('Email service configuration error:', error);
      } else {
        this.logger.log('Email service is ready to send messages');
      }
    });
  }

  /**
   * Send an invitation email to a new user
   * @param user The user to send the invitation to
   * @returns Promise resolving to the mail send info
   */
  async sendInvitationEmail(user: SchoolAdmin): Promise<void> {
    const invitationLink = `${this.frontendUrl}/auth/complete-registration?token=${user.invitationToken}`;

    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: user.email,
        subject: 'Invitation to GoEdtech Management System',
        html: this.getEmailTemplate(EmailTemplate.INVITATION, {
          name: user.firstName + ' ' + user.lastName,
          invitationLink,
        }),
      });
      this.logger.log(`Invitation email sent to ${user.email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send invitation email to ${user.email}`,
        error,
      );
      throw new EmailException(
        `Failed to send invitation email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  async sendStudentInvitation(
    student: Student,
    studentId: string,
    pin: string,
  ): Promise<void> {
    const loginLink = `${this.frontendUrl}/auth/student/login`;

    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: student.email,
        subject: 'Your Student account has been created.',
        html: this.getEmailTemplate(EmailTemplate.STUDENT_INVITATION, {
          name: student.firstName + ' ' + student.lastName,
          studentId,
          pin,
          loginLink,
          school: student.school?.name || 'your school',
          contact: student.school?.phone,
          schoolEmail: student.school?.email,
        }),
      });
      this.logger.log(`Student invitation email sent to ${student.email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send student invitation email to ${student.email}`,
        error,
      );
      throw new EmailException(
        `Failed to send student invitation email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send an invitation email to a teacher with their credentials
   * @param user The teacher user
   * @param teacherId The generated teacher ID
   * @param pin The generated PIN
   */
  async sendTeacherInvitation(
    user: Teacher,
    teacherId: string,
    pin: string,
  ): Promise<void> {
    const loginLink = `${this.frontendUrl}/auth/teacher/login`;

    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: user.email,
        subject: 'Your Teacher Account has been created',
        html: this.getEmailTemplate(EmailTemplate.TEACHER_INVITATION, {
          name: user.firstName + ' ' + user.lastName,
          teacherId,
          pin,
          loginLink,
          school: user.school?.name || 'your school',
          schoolPhone: user.school?.phone,
          schoolEmail: user.school?.email,
        }),
      });
      this.logger.log(`Teacher invitation email sent to ${user.email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send teacher invitation email to ${user.email}`,
        error,
      );
      throw new EmailException(
        `Failed to send teacher invitation email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send a registration confirmation email
   * @param user The user to send the confirmation to
   * @returns Promise resolving to the mail send info
   */
  async sendRegistrationConfirmationEmail(user: SchoolAdmin): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: user.email,
        subject: 'Registration Confirmed',
        html: this.getEmailTemplate(EmailTemplate.REGISTRATION_CONFIRMATION, {
          name: user.firstName + ' ' + user.lastName,
          loginLink: `${this.frontendUrl}/auth/admin/login`,
        }),
      });
      this.logger.log(`Registration confirmation email sent to ${user.email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send registration confirmation email to ${user.email}`,
        error,
      );
      throw new EmailException(
        `Failed to send registration confirmation email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send a password reset email
   * @param user The user
   * @param resetToken The password reset token
   */
  async sendPasswordResetEmail(
    email: string,
    resetToken: string,
  ): Promise<void> {
    const resetLink = `${this.frontendUrl}/auth/forgotPassword/resetPassword?token=${resetToken}`;
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: email,
        subject: 'Password Reset',
        html: this.getEmailTemplate(EmailTemplate.PASSWORD_RESET, {
          resetLink,
        }),
      });
      this.logger.log(`Password reset email sent to ${email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send password reset email to ${email}`,
        error,
      );
      throw new EmailException(
        `Failed to send password reset email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send a general notification email
   * @param to Email address to send to
   * @param subject Email subject
   * @param content Email content
   */
  async sendNotificationEmail(
    to: string,
    subject: string,
    content: {
      name: string;
      message: string;
      actionLink?: string;
      actionText?: string;
    },
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject,
        html: this.getEmailTemplate(
          EmailTemplate.GENERAL_NOTIFICATION,
          content,
        ),
      });
      this.logger.log(`Notification email sent to ${to}`);
    } catch (error) {
      this.logger.error(`Failed to send notification email to ${to}`, error);
      throw new EmailException(
        `Failed to send notification email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send PIN reset email to a student
   * @param student The student user
   * @param pin The new PIN
   */
  async sendStudentPinReset(student: Student, pin: string): Promise<void> {
    const loginLink = `${this.frontendUrl}/auth/student/login`;
    const studentId = student.studentId;
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: student.email,
        subject: 'Your PIN Has Been Reset',
        html: this.getEmailTemplate(EmailTemplate.STUDENT_PIN_RESET, {
          name: student.firstName + ' ' + student.lastName,
          studentId,
          pin,
          loginLink,
          school: student.school?.name || 'your school',
        }),
      });
      this.logger.log(`Student PIN reset email sent to ${student.email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send student PIN reset email to ${student.email}`,
        error,
      );
      throw new EmailException(
        `Failed to send student PIN reset email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  async sendAdmissionApplicationConfirmation(
    to: string,
    name: string,
    schoolName: string,
    applicationId: string,
    schoolEmail: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `Your Application to ${schoolName} was received!`,
        html: this.getEmailTemplate(
          EmailTemplate.ADMISSION_APPLICATION_CONFIRMATION,
          {
            name,
            schoolName,
            applicationId,
            schoolEmail,
          },
        ),
      });
      this.logger.log(`Admission application confirmation email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send admission application confirmation email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send admission application confirmation email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }
  /**
   * Send PIN reset email to a teacher
   * @param user The teacher user
   * @param pin The new PIN
   */
  async sendTeacherPinReset(user: Teacher, pin: string): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to: user.email,
        subject: 'Your PIN Has Been Reset',
        html: this.getEmailTemplate(EmailTemplate.TEACHER_PIN_RESET, {
          name: user.firstName + ' ' + user.lastName,
          pin,
          teacherId: user.teacherId,
        }),
      });
      this.logger.log(`Teacher PIN reset email sent to ${user.email}`);
    } catch (error) {
      this.logger.error(
        `Failed to send teacher PIN reset email to ${user.email}`,
        error,
      );
      throw new EmailException(
        `Failed to send teacher PIN reset email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  async sendInterviewInvitation(
    to: string,
    name: string,
    schoolName: string,
    applicationId: string,
    interviewDate: string,
    interviewTime: string,
    schoolEmail?: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `Interview Invitation`,
        html: this.getEmailTemplate(EmailTemplate.INTERVIEW_INVITATION, {
          name,
          schoolName,
          applicationId,
          interviewDate,
          interviewTime,
          schoolEmail,
        }),
      });
      this.logger.log(`Interview invitation email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send interview invitation email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send interview invitation email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Get the HTML template for a specific email type
   * @param template The email template to use
   * @param data Data to populate the template with
   * @returns The HTML email content
   */
  private getEmailTemplate(
    template: EmailTemplate,
    data: {
      [key: string]: any;
    },
  ): string {
    switch (template) {
      case EmailTemplate.INVITATION:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Welcome to GoEdtech</h2>
            <p>Dear ${data.name},</p>
            <p>You have been invited to join the GoEdtech system as an administrator. 
              Please click the link below to complete your registration:</p>
            <p style="margin: 25px 0;">
              <a href="${data.invitationLink}" style="background-color: #AB58E7; color: white; padding: 10px 20px; text-decoration: none; border-radius: 4px; display: inline-block;">Complete Registration</a>
            </p>
            <p>This invitation link will expire in 24 hours.</p>
            <p>If you did not request this invitation, please ignore this email.</p>
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
          </div>
        `;

      case EmailTemplate.STUDENT_INVITATION:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Welcome to ${data.school}</h2>
            <p>Dear ${data.name},</p>
            <p>You have been registered as a student at ${data.school}. Below are your login credentials:</p>
            
            <div style="background-color: #f7f7f7; padding: 15px; border-radius: 5px; margin: 20px 0;">
              <p><strong>Student ID:</strong> ${data.studentId}</p>
              <p><strong>PIN:</strong> ${data.pin}</p>
            </div>
            
            <p>To log in to the system, please visit the link below and use your Student ID and PIN:</p>
            <p style="margin: 25px 0;">
              <a href="${data.loginLink}" style="background-color: #AB58E7; color: white; padding: 10px 20px; text-decoration: none; border-radius: 4px; display: inline-block;">Login to System</a>
            </p>
            <p><strong>Important:</strong> Please keep your credentials secure and do not share them with others.</p>
            <p>If you have any questions, please contact your school administrator via email at ${data.schoolEmail} or phone on ${data.contact}.</p>
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
          </div>
        `;

      case EmailTemplate.TEACHER_INVITATION:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Welcome to ${data.school}</h2>
            <p>Dear ${data.name},</p>
            <p>You have been registered as a teacher at ${data.school}. Below are your login credentials:</p>
            
            <div style="background-color: #f7f7f7; padding: 15px; border-radius: 5px; margin: 20px 0;">
              <p><strong>Teacher ID:</strong> ${data.teacherId}</p>
              <p><strong>PIN:</strong> ${data.pin}</p>
            </div>
            
            <p>To log in to the system, please visit the link below and use your Teacher ID and PIN:</p>
            <p style="margin: 25px 0;">
              <a href="${data.loginLink}" style="background-color: #AB58E7; color: white; padding: 10px 20px; text-decoration: none; border-radius: 4px; display: inline-block;">Login to System</a>
            </p>
            <p><strong>Important:</strong> Please keep your credentials secure and do not share them with others.</p>
            <p>If you have any questions, please contact your school administrator via email at ${data.schoolEmail} or phone on ${data.schoolPhone}.</p>
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
          </div>
        `;

      case EmailTemplate.REGISTRATION_CONFIRMATION:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Registration Successful!</h2>
            <p>Dear ${data.name},</p>
            <p>Congratulations! Your account has been successfully registered with the GoEdtech system.</p>
            <p>You can now log in to access your account and its features.</p>
            <p style="margin: 25px 0;">
              <a href="${data.loginLink}" style="background-color: #AB58E7; color: white; padding: 10px 20px; text-decoration: none; border-radius: 4px; display: inline-block;">Login Now</a>
            </p>
            <p>If you have any questions or need assistance, please contact the system administrator via email at ${this.fromEmail}.</p>
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
          </div>
        `;

      case EmailTemplate.PASSWORD_RESET:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Password Reset Request</h2>
            <p>Dear user,</p>
            <p>We received a request to reset your password. Click the link below to create a new password:</p>
            <p style="margin: 25px 0;">
              <a href="${data.resetLink}" style="background-color: #AB58E7; color: white; padding: 10px 20px; text-decoration: none; border-radius: 4px; display: inline-block;">Reset Password</a>
            </p>
            <p>This link will expire in 30 minutes.</p>
            <p>If you did not request a password reset, please ignore this email or contact the administrator if you have concerns.</p>
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
            <p>${this.fromEmail}</p>
          </div>
        `;

      case EmailTemplate.GENERAL_NOTIFICATION:
        return `
            <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
              <h2 style="color: #333;">Notification</h2>
              <p>Dear ${data.name},</p>
              <p>${data.message}</p>
              ${
                data.actionLink
                  ? `<p style="margin: 25px 0;">
                      <a href="${data.actionLink}" style="background-color: #AB58E7; color: white; padding: 10px 20px; text-decoration: none; border-radius: 4px; display: inline-block;">
                        ${data.actionText || 'Take Action'}
                      </a>
                     </p>`
                  : ''
              }
              <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
              <p style="color: #777; font-size: 12px;">GoEdtech</p>
            </div>
          `;

      case EmailTemplate.STUDENT_PIN_RESET:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #e0e0e0; border-radius: 5px;">
            <h2 style="color: #AB58E7;">Your PIN Has Been Reset</h2>
            <p>Hello ${data.name},</p>
            <p>Your PIN has been reset as requested.</p>
            <p>Here are your login details:</p>
            <div style="background-color: #f8f9fa; padding: 15px; border-radius: 4px; margin: 15px 0;">
              <p><strong>Student ID:</strong> ${data.studentId}</p>
              <p><strong>New PIN:</strong> ${data.pin}</p>
            </div>
            <p>Please use these credentials to log in to your account.</p>
            <p>If you did not request this PIN reset, please contact your school administrator immediately.</p>
            <p>Thank you<br>GoEdtech</p>
          </div>
        `;

      case EmailTemplate.TEACHER_PIN_RESET:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #e0e0e0; border-radius: 5px;">
            <h2 style="color: #AB58E7;">Your PIN Has Been Reset</h2>
            <p>Hello ${data.name},</p>
            <p>Your PIN has been reset as requested.</p>
            <p>Here are your login details:</p>
            <div style="background-color: #f8f9fa; padding: 15px; border-radius: 4px; margin: 15px 0;">
              <p><strong>Teacher ID:</strong> ${data.teacherId}</p>
              <p><strong>New PIN:</strong> ${data.pin}</p>
            </div>
            <p>Please use these credentials to log in to your account.</p>
            
            <p>If you did not request this PIN reset, please contact your school administrator immediately.</p>
            <p>Thank you,<br>GoEdtech</p>
          </div>
        `;
      case EmailTemplate.ADMISSION_APPLICATION_CONFIRMATION:
        return `
    <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
      <h2 style="color: #333;">Admission Application Received</h2>
      <p>Dear ${data.name},</p>
      <p>Thank you for applying to <strong>${data.schoolName}</strong>!</p>
      <p>Your application has been received successfully. Our admissions team will review your submission and contact you soon with the next steps.</p>
      <p>If you have any questions, feel free reach out to us via email at ${data.schoolEmail} or contact the school directly.</p>
      <p style="margin: 40px 0;">
      </p>
      <p>We appreciate your interest and look forward to welcoming you!</p>
      <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
      <p style="color: #777; font-size: 12px;">GoEdtech</p>
    </div>
     `;
      case EmailTemplate.INTERVIEW_INVITATION:
        return `
    <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
      <h2 style="color: #333;">Interview Invitation</h2>
      <p>Dear ${data.name},</p>
      <p>We are pleased to invite you for an interview as part of the admission process for <strong>${data.schoolName}</strong>.</p>
           <div style="background-color: #f8f9fa; padding: 15px; border-radius: 4px; margin: 15px 0;">
              <p><strong>Date:</strong> ${data.interviewDate}</p>
              <p><strong>Time:</strong> ${data.interviewTime}</p>
            </div>
      <p>Please make sure to arrive 5 minutes before the scheduled time.</p>
      <p>If you have any questions, feel free to contact us via email at ${data.schoolEmail}.</p>
      <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
      <p style="color: #777; font-size: 12px;">GoEdtech</p>
    </div>
     `;
      case EmailTemplate.ADMISSION_ACCEPTED:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Application Accepted</h2>
            <p>Dear ${data.name},</p>
            <p>Congratulations! We are pleased to inform you that your application to <strong>${data.schoolName}</strong> has been accepted.</p>
            <p>We are excited to welcome you to our school community and look forward to your academic journey with us.</p>
            <p>You will soon receive another email with your student ID and PIN that will allow you to log in to the student portal.</p>
            <p>If you have any questions, please don't hesitate to contact us via ${data.schoolEmail}.</p>
            <p>Best regards,<br>${data.schoolName} Admissions Team</p>
          </div>
        `;

      case EmailTemplate.ADMISSION_REJECTED:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Application Status Update</h2>
            <p>Dear ${data.name},</p>
            <p>Thank you for your interest in <strong>${data.schoolName}</strong> and for taking the time to apply.</p>
            <p>After careful consideration of all applications, we regret to inform you that we are unable to offer you admission at this time.</p>
            <p>This decision does not reflect on your abilities or potential. We receive many qualified applicants each year and have limited spaces available.</p>
            <p>We wish you all the best in your future academic endeavors.</p>
            <p>Sincerely,<br>${data.schoolName} Admissions Team<br/>${data.schoolEmail}</p>
          </div>
        `;

      case EmailTemplate.ADMISSION_WAITLISTED:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Application Waitlisted</h2>
            <p>Dear ${data.name},</p>
            <p>Thank you for your application to <strong>${data.schoolName}</strong>.</p>
            <p>We have reviewed your application and would like to inform you that you have been placed on our waitlist.</p>
            <p>This means that while we are unable to offer you immediate admission, you may be offered a place if one becomes available.</p>
            <p>We will contact you as soon as possible if a place becomes available.</p>
            <p>If you have any questions, please don't hesitate to contact us via email at ${data.schoolEmail}.</p>
            <p>Best regards,<br>${data.schoolName} Admissions Team</p>
          </div>
        `;

      case EmailTemplate.INTERVIEW_COMPLETED:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">Interview Completed</h2>
            <p>Dear ${data.name},</p>
            <p>Thank you for attending your interview with <strong>${data.schoolName}</strong>.</p>
            <p>We appreciate the time you took to meet with our admissions team. Your interview has been marked as completed in our system.</p>
            <p>Our team is now reviewing all applications and interviews. You will receive a decision on your application status within the next few weeks.</p>
            <p>If you have any questions, please don't hesitate to contact us via email at ${data.schoolEmail}.</p>
            <p>Best regards,<br>${data.schoolName} Admissions Team</p>
          </div>
        `;
      case EmailTemplate.ASSIGNMENT_PUBLISHED:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">New Assignment Published</h2>
            <p>Dear ${data.parentName},</p>
            <p>A new assignment has been published for <strong>${data.studentName}</strong> in ${data.className}.</p>
            <div style="background-color: #f8f9fa; padding: 15px; border-radius: 4px; margin: 15px 0;">
              <p><strong>Assignment:</strong> ${data.assignmentTitle}</p>
              <p><strong>Subject:</strong> ${data.subject}</p>
              <p><strong>Due Date:</strong> ${data.dueDate}</p>
              ${data.instructions ? `<p><strong>Instructions:</strong></br> ${data.instructions}</p>` : ''}
            </div>
            <p>Please remind your child to complete and submit this assignment before the due date.</p>
            
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
          </div>
        `;
      default:
        return `
          <div style="font-family: Arial, sans-serif; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #eee; border-radius: 5px;">
            <h2 style="color: #333;">GoEdtech</h2>
            <p>Dear ${data.name},</p>
            <p>${data.message || 'You have a new notification from the GoEdtech system.'}</p>
            <hr style="border: none; border-top: 1px solid #eee; margin: 20px 0;">
            <p style="color: #777; font-size: 12px;">GoEdtech</p>
          </div>
        `;
    }
  }

  /**
   * Send an email notification for accepted admission
   * @param to Email address to send to
   * @param name Student's name
   * @param schoolName School name
   * @param applicationId Application ID
   */
  async sendAdmissionAcceptedEmail(
    to: string,
    name: string,
    schoolName: string,
    applicationId: string,
    schoolEmail?: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `Congratulations! Your application to ${schoolName} has been accepted`,
        html: this.getEmailTemplate(EmailTemplate.ADMISSION_ACCEPTED, {
          name,
          schoolName,
          applicationId,
          schoolEmail,
        }),
      });
      this.logger.log(`Admission accepted email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send admission accepted email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send admission accepted email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send an email notification for rejected admission
   * @param to Email address to send to
   * @param name Student's name
   * @param schoolName School name
   * @param applicationId Application ID
   */
  async sendAdmissionRejectedEmail(
    to: string,
    name: string,
    schoolName: string,
    applicationId: string,
    schoolEmail?: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `Update on your application to ${schoolName}`,
        html: this.getEmailTemplate(EmailTemplate.ADMISSION_REJECTED, {
          name,
          schoolName,
          applicationId,
          schoolEmail,
        }),
      });
      this.logger.log(`Admission rejected email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send admission rejected email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send admission rejected email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send an email notification for waitlisted admission
   * @param to Email address to send to
   * @param name Student's name
   * @param schoolName School name
   * @param applicationId Application ID
   */
  async sendAdmissionWaitlistedEmail(
    to: string,
    name: string,
    schoolName: string,
    applicationId: string,
    schoolEmail: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `Your application to ${schoolName} has been waitlisted`,
        html: this.getEmailTemplate(EmailTemplate.ADMISSION_WAITLISTED, {
          name,
          schoolName,
          applicationId,
          schoolEmail,
        }),
      });
      this.logger.log(`Admission waitlisted email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send admission waitlisted email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send admission waitlisted email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  /**
   * Send an email notification for completed interview
   * @param to Email address to send to
   * @param name Student's name
   * @param schoolName School name
   * @param applicationId Application ID
   * @param decisionTimeframe Timeframe for decision
   */
  async sendInterviewCompletedEmail(
    to: string,
    name: string,
    schoolName: string,
    applicationId: string,
    schoolEmail?: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `Interview completed - ${schoolName}`,
        html: this.getEmailTemplate(EmailTemplate.INTERVIEW_COMPLETED, {
          name,
          schoolName,
          applicationId,
          schoolEmail,
        }),
      });
      this.logger.log(`Interview completed email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send interview completed email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send interview completed email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  async sendAssignmentPublishedEmail(
    to: string,
    parentName: string,
    studentName: string,
    className: string,
    assignmentTitle: string,
    subject: string,
    dueDate: string,
    instructions?: string,
  ): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.fromEmail,
        to,
        subject: `New Assignment: ${assignmentTitle}`,
        html: this.getEmailTemplate(EmailTemplate.ASSIGNMENT_PUBLISHED, {
          parentName,
          studentName,
          className,
          assignmentTitle,
          subject,
          dueDate,
          instructions,
        }),
      });
      this.logger.log(`Assignment published email sent to ${to}`);
    } catch (error) {
      this.logger.error(
        `Failed to send assignment published email to ${to}`,
        error,
      );
      throw new EmailException(
        `Failed to send assignment published email: ${BaseException.getErrorMessage(error)}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }
}
