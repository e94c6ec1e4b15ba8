package org.alongside.referral;

import java.time.LocalDate;
import java.time.LocalTime;

/** When the person is expected at the service: a day, and the time when one was given. */
public record Appointment(LocalDate on, LocalTime at) {}
