/** Cross-cutting pieces every module may use: the signed-in user, typed errors, page support. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.alongside.shared;
