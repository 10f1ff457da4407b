/**
 * HTTP mechanisms every resource shares: request parameters ({@code Params}), ETags ({@code IfMatch}), JSON merge
 * patch, request ids, response helpers and the guards on request size, target and JSON strictness.
 */
package org.mrc.casework.shared.http;
