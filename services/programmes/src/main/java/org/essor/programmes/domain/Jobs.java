package org.essor.programmes.domain;

/**
 * The jobs a participation counts at its end, as the plan measures them: created, and consolidated (existing jobs
 * made lasting). Null when not reported.
 */
public record Jobs(Integer created, Integer consolidated) {
}
