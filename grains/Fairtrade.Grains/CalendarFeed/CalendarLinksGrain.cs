using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.CalendarFeed;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Persistence;
using Fairtrade.Grains.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.CalendarFeed;

public sealed class CalendarLinksGrain(
    [PersistentState(StateNames.CalendarLinks, StorageNames.Main)] IPersistentState<CalendarLinksState> state,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IAuditLog auditLog,
    ILogger<CalendarLinksGrain> logger) : Grain, ICalendarLinksGrain
{
    private string Town => this.GetPrimaryKeyString();

    private List<CalendarLink> Links => state.State.Links;

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, Town, time, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Audit.FlushAsync();

    public async Task<CalendarLink> CreateAsync(string secretHash, DateTimeOffset? expiresAt, string actor)
    {
        var id = Ids.New();
        while (Links.Exists(l => l.Id == id))
        {
            id = Ids.New();
        }

        var link = new CalendarLink(id, secretHash, time.GetUtcNow(), actor, expiresAt, null, null);
        Links.Add(link);
        Audit.Record(actor, "calendar-link.created", Town, AuditChanges.Between(null, new { Link = link.Id, link.ExpiresAt }));
        await SaveAsync();
        return link;
    }

    public Task<CalendarLink[]> GetLinksAsync() => Task.FromResult(Links.ToArray());

    public async Task<bool> RevokeAsync(string linkId, string actor)
    {
        var revoked = new SecretRing<CalendarLink>(Links).Revoke(linkId, time.GetUtcNow());
        if (revoked == true)
        {
            Audit.Record(actor, "calendar-link.revoked", Town, new() { ["link"] = new FieldChange(null, linkId), ["revoked"] = new FieldChange("false", "true") });
            await SaveAsync();
        }

        return revoked is not null;
    }

    public async Task<bool> OpensAsync(string linkId, string secretHash)
    {
        if (!new SecretRing<CalendarLink>(Links).Opens(linkId, secretHash, time.GetUtcNow(), out var noted))
        {
            return false;
        }

        if (noted)
        {
            await state.SaveAsync();
        }

        return true;
    }

    private async Task SaveAsync()
    {
        await state.SaveAsync();
        await Audit.FlushAsync();
    }
}
