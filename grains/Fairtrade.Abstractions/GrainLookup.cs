using Fairtrade.Abstractions.Accessibility;
using Fairtrade.Abstractions.Accounts;
using Fairtrade.Abstractions.CalendarFeed;
using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Imports;
using Fairtrade.Abstractions.Notifications;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Abstractions.UploadLinks;

namespace Fairtrade.Abstractions;

/// <summary>
/// The one way to reach a grain by what it is about (a town's slug, a participant's id), so that features, pages and
/// grains do not build keys themselves or borrow another feature's endpoint class to do it.
/// </summary>
public static class GrainLookup
{
    public static ITownGrain Town(this IGrainFactory grains, string slug) => grains.GetGrain<ITownGrain>(slug);

    public static IParticipantGrain Participant(this IGrainFactory grains, string town, string id) =>
        grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(town, id));

    public static ITownDirectoryGrain TownDirectory(this IGrainFactory grains) =>
        grains.GetGrain<ITownDirectoryGrain>(GrainKeys.TownDirectory);

    public static IRenewalsGrain Renewals(this IGrainFactory grains, string town) => grains.GetGrain<IRenewalsGrain>(town);

    public static IRenewalSubmissionGrain RenewalSubmission(this IGrainFactory grains, string town, string renewalId) =>
        grains.GetGrain<IRenewalSubmissionGrain>(GrainKeys.RenewalSubmission(town, renewalId));

    public static INotificationsGrain Notifications(this IGrainFactory grains, string town) =>
        grains.GetGrain<INotificationsGrain>(town);

    public static ICalendarLinksGrain CalendarLinks(this IGrainFactory grains, string town) =>
        grains.GetGrain<ICalendarLinksGrain>(town);

    public static IImportLeaseGrain ImportLease(this IGrainFactory grains, string town) => grains.GetGrain<IImportLeaseGrain>(town);

    public static IImportJournalGrain ImportJournal(this IGrainFactory grains, string town) => grains.GetGrain<IImportJournalGrain>(town);

    public static IUploadQuotaGrain UploadQuota(this IGrainFactory grains, string town, string participant, string linkId) =>
        grains.GetGrain<IUploadQuotaGrain>(GrainKeys.UploadQuota(town, participant, linkId));

    public static IAccountGrain Account(this IGrainFactory grains, string userName) => grains.GetGrain<IAccountGrain>(userName);

    public static IAccountDirectoryGrain AccountDirectory(this IGrainFactory grains) =>
        grains.GetGrain<IAccountDirectoryGrain>(GrainKeys.AccountDirectory);

    public static ICampaignBoardGrain CampaignBoard(this IGrainFactory grains) =>
        grains.GetGrain<ICampaignBoardGrain>(GrainKeys.CampaignBoard);

    public static IReminderScheduleGrain ReminderSchedule(this IGrainFactory grains) =>
        grains.GetGrain<IReminderScheduleGrain>(GrainKeys.ReminderSchedule);

    public static IBarrierReportsGrain BarrierReports(this IGrainFactory grains) =>
        grains.GetGrain<IBarrierReportsGrain>(GrainKeys.BarrierReports);
}
