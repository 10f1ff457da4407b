/**
 * RFC 9457 problem details: one mapper ({@code ProblemMapper}), problem types declared beside the rule that raises
 * them ({@code ProblemType}), and {@code ApiException} and {@code FieldError} to raise them.
 */
package org.mrc.casework.shared.problem;
