package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One money movement of a financing: a tranche disbursed, a repayment received or missed (the instalment's number),
 * a guarantee called or paid (the claim's id).
 */
public record Payment(PaymentKind kind, UUID id, BigDecimal amount, LocalDate on, Integer instalment) {
}
