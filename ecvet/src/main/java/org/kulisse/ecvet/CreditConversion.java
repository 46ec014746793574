package org.kulisse.ecvet;

import java.math.BigDecimal;

/**
 * A declared conversion between credit systems (rule D3): {@code to = from × factor}.
 *
 * @param from IRI of the source credit system
 * @param to IRI of the target credit system
 * @param factor the multiplier
 * @param source where the conversion comes from (a regulation, an agreement)
 * @param indicative true when the result is for information only and must never feed a recognition decision
 */
public record CreditConversion(String from, String to, BigDecimal factor, String source, boolean indicative) {
}
