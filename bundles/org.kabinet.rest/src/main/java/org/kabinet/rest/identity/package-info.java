/** Tenant identity and staff sign-in over REST: the core's own resources, on the same whiteboard as every module's. */
package org.kabinet.rest.identity;
