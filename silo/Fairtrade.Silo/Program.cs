using Fairtrade.Silo.Accessibility;
using Fairtrade.Silo.Accounts;
using Fairtrade.Silo.Audit;
using Fairtrade.Silo.CalendarFeed;
using Fairtrade.Silo.Campaign;
using Fairtrade.Silo.Dashboard;
using Fairtrade.Silo.Demo;
using Fairtrade.Silo.Declarations;
using Fairtrade.Silo.Evidence;
using Fairtrade.Silo.Exports;
using Fairtrade.Silo.Imports;
using Fairtrade.Silo.Health;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Notifications;
using Fairtrade.Silo.Operations;
using Fairtrade.Silo.Participants;
using Fairtrade.Silo.Renewals;
using Fairtrade.Silo.Rulesets;
using Fairtrade.Silo.TownCriteria;
using Fairtrade.Silo.Towns;
using Fairtrade.Silo.UploadLinks;
using Fairtrade.Silo.Web;

if (OperationsCommands.Handles(args))
{
    return OperationsCommands.Run(args);
}

// The stylesheet and script are copied next to the program, so the pages work wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.Select(a => a == "--demo" ? "--Fairtrade:Demo=true" : a).ToArray(),
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

builder.AddFairtradeOptions();
builder.AddFairtradeSilo();
builder.AddFairtradeSecurity();
builder.AddSignInLimit();
builder.AddFairtradeAccounts();
builder.AddFairtradeHttp();
builder.AddFairtradeEvidenceFiles();
builder.AddFairtradeNotifications();
builder.AddFairtradeHealth();
builder.AddFairtradeAccessibility();
builder.AddFairtradePages();
builder.Services.AddHostedService<DemoLoader>();

var app = builder.Build();

app.UseFairtradeHttp();
app.UseFairtradePages();
app.UsePatchBuffering();
app.UseFairtradeSecurity();
app.UseRateLimiter();
app.UseOutputCache();

app.MapOpenApi();
app.MapHealthApi();
app.MapRulesetsApi();
app.MapTownsApi();
app.MapForecastApi();
app.MapParticipantsApi();
app.MapTownCriteriaApi();
app.MapEvidenceApi();
app.MapDeclarationsApi();
app.MapUploadLinksApi();
app.MapUploadLinkSession();
app.MapCalendarLinksApi();
app.MapCalendarFeed();
app.MapNotificationsApi();
app.MapAuditApi();
app.MapAccountsApi();
app.MapExportsApi();
app.MapRenewalsApi();
app.MapCampaignApi();
app.MapImportsApi();
app.MapAccessibilityApi();
app.MapFairtradePages();
app.MapFairtradeDashboard();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the HTTP tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
