package org.alongside.staff.domain;

import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** Programs. */
public interface Programs extends CrudRepository<Program, UUID> {

    @Query("select exists (select 1 from program where lower(name) = lower(:name))")
    boolean nameInUse(String name);
}
