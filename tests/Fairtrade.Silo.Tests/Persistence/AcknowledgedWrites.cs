using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Persistence;

/// <summary>Every write the silo answered 2xx, to be found after any number of crashes; and a signal after so many of them.</summary>
public sealed class AcknowledgedWrites
{
    private readonly ConcurrentDictionary<string, bool> _participants = new();
    private readonly ConcurrentDictionary<string, string> _evidenceFiles = new();
    private readonly ConcurrentDictionary<string, bool> _reviews = new();
    private readonly ConcurrentQueue<string> _refusals = new();
    private int _count;
    private (int Target, TaskCompletionSource Reached)? _waiting;

    public int Count => _count;

    /// <summary>Answers that were no 2xx although the silo was up: there should be none.</summary>
    public IReadOnlyCollection<string> Refusals => _refusals;

    public void Participant(string id) => Add(() => _participants[id] = true);

    public void Evidence(string id, string sha256) => Add(() => _evidenceFiles[id] = sha256);

    public void Review(string evidenceId) => Add(() => _reviews[evidenceId] = true);

    public void Refused(string what) => _refusals.Enqueue(what);

    /// <summary>Completes once <paramref name="more"/> further writes are answered.</summary>
    public Task AfterAsync(int more)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting = (Volatile.Read(ref _count) + more, reached);
        return reached.Task;
    }

    /// <summary>Every answered participant, evidence (with its file's SHA-256) and review is in what the silo answers now.</summary>
    public async Task AreAllThereAsync(HttpClient admin, string town)
    {
        var participants = (await admin.GetJsonAsync($"/api/towns/{town}/participants")).AsArray().Select(p => (string)p!["id"]!).ToHashSet();
        var evidence = (await admin.GetJsonAsync($"/api/towns/{town}/evidence")).AsArray().ToDictionary(e => (string)e!["id"]!, e => e!);

        _participants.Keys.Where(id => !participants.Contains(id)).ShouldBeEmpty("answered participants are missing");
        _evidenceFiles.Where(e => !evidence.ContainsKey(e.Key)).ShouldBeEmpty("answered evidence is missing");
        _evidenceFiles.Where(e => FileOf(evidence[e.Key]) != e.Value).ShouldBeEmpty("answered evidence lost its file");
        _reviews.Keys.Where(id => evidence[id]["reviewedBy"] is null).ShouldBeEmpty("answered reviews are missing");
    }

    private static string? FileOf(JsonNode evidence) => (string?)evidence["file"]?["sha256"];

    private void Add(Action record)
    {
        record();
        var count = Interlocked.Increment(ref _count);
        if (_waiting is { } waiting && count >= waiting.Target)
        {
            waiting.Reached.TrySetResult();
        }
    }
}
