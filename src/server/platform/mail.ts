import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Mail through the configured SMTP server; without one, reminders stay in the app. */
export function createMailer(settings: { url: string; from: string } | null): Mailer | null {
  if (!settings) return null;
  const transport = nodemailer.createTransport(settings.url);
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, ...mail });
    },
  };
}
