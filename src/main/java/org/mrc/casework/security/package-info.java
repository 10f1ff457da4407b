/**
 * Roles, the current caller (user, office or partner) read from the token, and the start-up guards on security
 * settings. Every feature uses {@code Roles}, {@code Caller} and {@code CurrentCaller}.
 */
package org.mrc.casework.security;
