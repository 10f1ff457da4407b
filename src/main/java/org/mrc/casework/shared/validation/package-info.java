/**
 * Bean-validation constraints on codes the API accepts (ISO country and language codes).
 */
package org.mrc.casework.shared.validation;
