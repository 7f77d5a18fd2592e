package org.essor.web.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The resource of the web test application. */
@Entity
@Table(name = "widget")
public class Widget extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public int size;
    public boolean archived;
    @Version
    public long version;
}
