/**
 * The filter that completes the generated contract ({@code openapi/openapi.yaml}) with what annotations cannot say.
 */
package org.mrc.casework.shared.openapi;
