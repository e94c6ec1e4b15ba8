package org.alongside.staff.domain;

import java.time.Instant;
import java.util.UUID;
import org.alongside.staff.ProgramSetting;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A program that offers peer support in one setting. */
@Table("program")
public class Program {

    @Id
    private UUID id;

    private String name;
    private ProgramSetting setting;
    private boolean active = true;
    private Instant createdAt;

    @Version
    private Long version;

    Program() {}

    public static Program create(String name, ProgramSetting setting, Instant at) {
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.name = name.trim();
        program.setting = setting;
        program.createdAt = at;
        return program;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ProgramSetting setting() {
        return setting;
    }

    public boolean active() {
        return active;
    }
}
