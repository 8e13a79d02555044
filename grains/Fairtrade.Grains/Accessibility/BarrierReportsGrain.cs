using Fairtrade.Abstractions.Accessibility;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Notifications.Mail;
using Fairtrade.Grains.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Accessibility;

/// <summary>
/// Keeps the barrier reports and mails their notices. The mail goes out on a timer after the report is answered, so
/// a slow mail server never holds up the person reporting; a notice stays saved until the server takes it (or refuses
/// it for good), and a server that is down is tried again later, also after a restart.
/// </summary>
public sealed class BarrierReportsGrain(
    [PersistentState(StateNames.BarrierReports, StorageNames.Main)] IPersistentState<BarrierReportsState> state,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IServiceProvider services,
    ILogger<BarrierReportsGrain> logger) : Grain, IBarrierReportsGrain
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private IGrainTimer? _mailing;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScheduleMail(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    public async Task<BarrierReport?> ReportAsync(BarrierReportDraft draft, BarrierNotice? notice, int keep)
    {
        if (state.State.Reports.Count >= keep)
        {
            return null;
        }

        var id = Ids.New();
        var report = new BarrierReport(id, time.GetUtcNow(), draft.Page, draft.What, draft.Email, draft.Language, null);
        state.State.Reports.Add(report);
        if (notice is not null)
        {
            state.State.Unmailed[id] = notice;
        }

        await state.SaveAsync();
        ScheduleMail(TimeSpan.Zero);
        return report;
    }

    public Task<BarrierReport[]> ListAsync() => Task.FromResult(state.State.Reports.ToArray());

    private void ScheduleMail(TimeSpan after)
    {
        if (_mailing is null && state.State.Unmailed.Count > 0 && services.GetService<IMailSender>() is not null)
        {
            _mailing = this.RegisterGrainTimer(MailAsync, new GrainTimerCreationOptions(after, Timeout.InfiniteTimeSpan) { Interleave = false, KeepAlive = true });
        }
    }

    /// <summary>Runs once per timer; the sender keeps its own time limit, so a dying activation does not cut a message off.</summary>
    private async Task MailAsync()
    {
        var mail = services.GetRequiredService<IMailSender>();
        var again = TimeSpan.Zero;
        foreach (var (id, notice) in state.State.Unmailed.ToArray())
        {
            try
            {
                await mail.SendAsync(new OutgoingMail(notice.To, notice.Subject, notice.Body, $"<barrier-{id}@fairtrade-town>"), CancellationToken.None);
                Settle(id, mailed: true);
            }
            catch (MailRejectedException rejected)
            {
                logger.LogWarning(rejected, "Barrier report {Report} cannot be mailed to the accessibility contact; it stays listed for the admin", id);
                Settle(id, mailed: false);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Barrier report {Report} was not mailed; trying again in {Minutes} minutes", id, RetryAfter.TotalMinutes);
                again = RetryAfter;
                break;
            }

            await state.SaveAsync();
        }

        _mailing?.Dispose();
        _mailing = null;
        if (again > TimeSpan.Zero)
        {
            ScheduleMail(again);
        }
    }

    private void Settle(string id, bool mailed)
    {
        state.State.Unmailed.Remove(id);
        var index = state.State.Reports.FindIndex(r => r.Id == id);
        if (mailed && index >= 0)
        {
            state.State.Reports[index] = state.State.Reports[index] with { MailedAt = time.GetUtcNow() };
        }
    }
}
