/** Notifications: in-app messages per user (deadline reminders), their e-mail copies (queue mail.send) (the overdue view lives in the petitions module). */
export { notificationsRoutes } from './notifications.routes';
export { notify, type NotifyInput } from './notifications.service';
export { enqueueMail, MAIL_QUEUE, notificationEmail, registerNotificationJobs } from './notifications.mail';
