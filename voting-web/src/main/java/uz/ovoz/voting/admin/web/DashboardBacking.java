package uz.ovoz.voting.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import uz.ovoz.voting.event.boundary.EventAdmin;
import uz.ovoz.voting.event.boundary.EventSettings;
import uz.ovoz.voting.event.entity.Event;
import uz.ovoz.voting.live.control.SessionRegistry;
import uz.ovoz.voting.live.control.SessionRegistry.Kind;

/** The console's start page: every event with its status and live connections; create, duplicate, archive, delete. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAdmin events;

    @Inject
    SessionRegistry registry;

    private List<Event> all;

    @NotBlank
    @Size(max = Event.NAME_LENGTH)
    private String name;

    @Min(5)
    @Max(3600)
    private Integer durationSec = 60;

    private boolean hideTally;
    private boolean oneVotePerIp;
    private boolean requiresCodes;

    @PostConstruct
    void load() {
        all = events.all();
    }

    public void create() {
        boolean created = FacesMessages.attempt(() -> FacesMessages.info(
                "events.created",
                events.create(new EventSettings(name, durationSec, hideTally, oneVotePerIp, requiresCodes))
                        .getName()));
        if (created) {
            if (!requiresCodes) {
                FacesMessages.warn("events.noCodesWarning");
            }
            name = null;
            load();
        }
    }

    public void duplicate(Event event) {
        act(() -> FacesMessages.info(
                "events.duplicated", events.duplicate(event.getId()).getName()));
    }

    public void archive(Event event) {
        act(() -> {
            events.archive(event.getId());
            FacesMessages.info("events.archived", event.getName());
        });
    }

    public void delete(Event event) {
        act(() -> {
            events.delete(event.getId());
            FacesMessages.info("events.deleted", event.getName());
        });
    }

    private void act(Runnable action) {
        FacesMessages.attempt(action);
        load();
    }

    public int voters(Event event) {
        return registry.count(Kind.VOTER, event.getLink());
    }

    public int displays(Event event) {
        return registry.count(Kind.DISPLAY, event.getLink());
    }

    public List<Event> getEvents() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDurationSec() {
        return durationSec;
    }

    public void setDurationSec(Integer durationSec) {
        this.durationSec = durationSec;
    }

    public boolean isHideTally() {
        return hideTally;
    }

    public void setHideTally(boolean hideTally) {
        this.hideTally = hideTally;
    }

    public boolean isOneVotePerIp() {
        return oneVotePerIp;
    }

    public void setOneVotePerIp(boolean oneVotePerIp) {
        this.oneVotePerIp = oneVotePerIp;
    }

    public boolean isRequiresCodes() {
        return requiresCodes;
    }

    public void setRequiresCodes(boolean requiresCodes) {
        this.requiresCodes = requiresCodes;
    }
}
