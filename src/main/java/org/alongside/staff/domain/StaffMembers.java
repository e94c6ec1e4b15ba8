package org.alongside.staff.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Staff accounts. */
public interface StaffMembers extends ListCrudRepository<StaffMember, UUID> {

    @Query("select * from staff_member where lower(email) = lower(:email)")
    Optional<StaffMember> findByEmail(String email);

    @Query("select exists (select 1 from staff_member where lower(email) = lower(:email))")
    boolean emailInUse(String email);
}
