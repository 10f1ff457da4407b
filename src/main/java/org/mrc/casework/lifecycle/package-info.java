/**
 * The data lifecycle of a person's record (issue 13): erasure on request ({@code erasure}), legal holds
 * ({@code hold}), retention and anonymisation, subject access. Owns the erasure requests, the legal holds and the
 * retention rules. It reaches into the other features' tables because erasing a person is, by definition, about
 * every table that holds them: the statements that do so are listed in one class per capability, which the erasure
 * scan test checks against the live schema, so that a new table or column cannot escape. Depends on the features it
 * erases from; none depends on it.
 */
package org.mrc.casework.lifecycle;
