/**
 * Reminders that reach a staff member away from Today: a note waiting for their co-sign, a note
 * returned to them, follow-ups due, people three calls did not reach. By e-mail (once SMTP is
 * configured) and Web Push to the installed app; a daily digest by default, immediate where the
 * person chooses, never in their quiet hours; never a name or a word of anyone's record.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "staff", "contact", "today", "outcomes"})
package org.alongside.notifications;
