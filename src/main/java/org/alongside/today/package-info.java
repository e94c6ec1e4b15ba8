/** The home page: what each staff member's day holds, gathered from every module through {@link org.alongside.today.TodayItems}. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "participant", "staff", "audit"})
package org.alongside.today;
