using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Fairtrade.Grains.Tests.Persistence;

/// <summary>
/// A database written before archiving and product changes had a day of their own (Fixtures/before-dated-history,
/// written on 2026-11-25 by commit e54640f): the town Dorsten, its council, steering group and press, and participants
/// of every kind, two of them archived, one whose products were cut to one. answers.json holds what that build
/// answered for each recorded day: the town's status and, for each participant, whether it counted and why not.
/// </summary>
public sealed class EarlierDataTests : IDisposable
{
    private const string Town = "dorsten";
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "before-dated-history");
    private static readonly DateTimeOffset Later = new(2027, 1, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Later.UtcDateTime);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly TempDirectory _folder = new();
    private readonly JsonObject _answers = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixture, "answers.json")))!.AsObject();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EveryRecordedDayIsAnsweredAsTheEarlierVersionAnsweredIt()
    {
        await using var silo = await StartOnCopyAsync();

        await AnswersAsBeforeAsync(silo, _ => true);
    }

    [Fact]
    public async Task ChangesMadeLaterLeaveEveryEarlierDayAsTheEarlierVersionAnsweredIt()
    {
        await using var silo = await StartOnCopyAsync();

        // A new name makes each participant tell its town a contribution made from its state as this version reads it.
        foreach (var id in _answers["participants"]!.AsObject().First().Value!.AsObject().Select(p => p.Key))
        {
            (await Participant(silo, id).UpdateAsync(new ParticipantChanges(null, $"{id} (renamed)", null, null, null, null, null, []), Today, "coordinator")).ShouldNotBeNull();
        }

        (await Participant(silo, "cafe-mokka").ArchiveAsync(null, "coordinator")).ShouldBeTrue();
        (await Participant(silo, "weltladen").ArchiveAsync(null, "coordinator")).ShouldBeTrue();
        await Participant(silo, "rewe").UpdateAsync(new ParticipantChanges(null, null, null, null, ["Kaffee"], null, null, []), Today, "coordinator");

        await AnswersAsBeforeAsync(silo, day => day < Today);
        (await silo.Grains.Town(Town).GetStatusAsync(Today))!.Criteria.Single(c => c.Key == "retail-catering").Actual["retail"].ShouldBe(0);
        (await Participant(silo, "cafe-mokka").GetAsync(Today))!.ArchivedOn.ShouldBe(new DateOnly(1900, 1, 1));
    }

    private async Task<TestSilo> StartOnCopyAsync()
    {
        var database = _folder.File("fairtrade.db");
        File.Copy(Path.Combine(Fixture, "fairtrade.db"), database);
        return await TestSilo.StartAsync(database, new FakeTimeProvider(Later));
    }

    private static IParticipantGrain Participant(TestSilo silo, string id) => silo.Grains.Participant(Town, id);

    private async Task AnswersAsBeforeAsync(TestSilo silo, Func<DateOnly, bool> days)
    {
        foreach (var (day, expected) in _answers["statuses"]!.AsObject().Where(d => days(DateOnly.Parse(d.Key))))
        {
            var status = JsonSerializer.SerializeToNode(await silo.Grains.Town(Town).GetStatusAsync(DateOnly.Parse(day)), Json);
            JsonShape.Shaped(status, expected)!.ToJsonString().ShouldBe(expected!.ToJsonString(), $"status on {day}");
        }

        foreach (var (day, participants) in _answers["participants"]!.AsObject().Where(d => days(DateOnly.Parse(d.Key))))
        {
            foreach (var (id, expected) in participants!.AsObject())
            {
                var view = (await Participant(silo, id).GetAsync(DateOnly.Parse(day)))!;
                view.Qualifies.ShouldBe((bool)expected!["qualifies"]!, $"{id} on {day}");
                view.Reasons.ShouldBe([.. expected["reasons"]!.AsArray().Select(r => (string)r!)], $"{id} on {day}");
            }
        }
    }
}
