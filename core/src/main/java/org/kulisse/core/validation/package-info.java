/** Validation of the model: the validator, its report and the stable violation codes. */
package org.kulisse.core.validation;
