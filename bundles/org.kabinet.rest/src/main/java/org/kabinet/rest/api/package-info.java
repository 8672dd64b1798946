/**
 * What a module's REST resources need from the core: the access declarations every resource must
 * carry, the signed-in caller, the one error body and the request-body check. A module registers its
 * resources as OSGi JAX-RS whiteboard services selecting {@link org.kabinet.rest.api.KabinetApi#SELECT}.
 */
@Export
@Version("1.3.0")
package org.kabinet.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
