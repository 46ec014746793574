/** EQF referencing of national qualifications frameworks: the registry and its value types. */
package org.kulisse.core.nqf;
