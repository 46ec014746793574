/** Service-provider interfaces: plug national frameworks into core. */
package org.kulisse.core.spi;
