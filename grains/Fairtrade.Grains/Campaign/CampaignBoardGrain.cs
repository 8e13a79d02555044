using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Persistence;
using Fairtrade.Grains.Storage;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Campaign;

public sealed class CampaignBoardGrain(
    [FromKeyedServices(StorageNames.Main)] IGrainRecordStorage records,
    RulesetCatalog rulesets,
    ILogger<CampaignBoardGrain> logger) : Grain, ICampaignBoardGrain
{
    private const string SetName = "towns";

    private readonly Dictionary<string, CampaignTownRow> _rows = new(StringComparer.Ordinal);
    private readonly string _activation = Ids.New();

    // Answers since the last change: an open console asks the same few questions again and again (every page, every
    // live refresh), and sorting 2,500 rows by name costs more than the rest of the request.
    private readonly Dictionary<CampaignQuery, CampaignTown[]> _answers = [];
    private readonly Dictionary<DateOnly, CampaignSummary> _summaries = [];
    private int _changes;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await records.ReadRecordsAsync<CampaignTownRow>(this.GetGrainId(), SetName))
        {
            _rows[row.Slug] = row;
        }

        // Towns that never posted (created before the console existed, or whose post was lost) are asked to.
        _ = AskMissingTownsAsync();
    }

    public async Task PostAsync(CampaignTownRow row)
    {
        // A town's activation starts from its stored last change, which may be older than one it posted before.
        if (_rows.TryGetValue(row.Slug, out var known) && known.LastChangeAt > row.LastChangeAt)
        {
            row = row with { LastChangeAt = known.LastChangeAt };
        }

        if (known == row)
        {
            return;
        }

        await records.WriteRecordAsync(this.GetGrainId(), SetName, row.Slug, row);
        _rows[row.Slug] = row;
        _changes++;
        _answers.Clear();
        _summaries.Clear();
    }

    public Task<CampaignTown[]> ListAsync(CampaignQuery query)
    {
        if (!_answers.TryGetValue(query, out var answer))
        {
            var towns = _rows.Values.Select(row => On(row, query.AsOf))
                .Where(t => query.State is null || t.Title.State == query.State)
                .Where(t => string.IsNullOrEmpty(query.Text) || t.Row.Name.Contains(query.Text, StringComparison.CurrentCultureIgnoreCase));
            answer = CampaignOrder.Sort(towns, query.Sort, query.Descending);
            Remember(_answers, query, answer);
        }

        return Task.FromResult(answer);
    }

    public Task<CampaignSummary> SummarizeAsync(DateOnly asOf)
    {
        if (!_summaries.TryGetValue(asOf, out var summary))
        {
            summary = CampaignSummaries.Of([.. _rows.Values.Select(row => On(row, asOf))], asOf);
            Remember(_summaries, asOf, summary);
        }

        return Task.FromResult(summary);
    }

    public Task<string> GetVersionAsync() => Task.FromResult($"{_activation}.{_changes}");

    /// <summary>A bounded memory: searches as typed are many and each is asked once.</summary>
    private static void Remember<TKey, TValue>(Dictionary<TKey, TValue> answers, TKey key, TValue value) where TKey : notnull
    {
        if (answers.Count >= 32)
        {
            answers.Clear();
        }

        answers[key] = value;
    }

    private CampaignTown On(CampaignTownRow row, DateOnly asOf) => new(row, CampaignTitles.On(row, rulesets, asOf));

    private async Task AskMissingTownsAsync()
    {
        try
        {
            var towns = await GrainFactory.TownDirectory().ListAsync();
            foreach (var batch in towns.Where(slug => !_rows.ContainsKey(slug)).Chunk(32))
            {
                await Task.WhenAll(batch.Select(slug => GrainFactory.Town(slug).RefreshCampaignRowAsync()));
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Not every town without a row in the campaign console could be asked for one; the daily round asks again");
        }
    }
}
