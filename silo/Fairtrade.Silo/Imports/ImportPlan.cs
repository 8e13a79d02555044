namespace Fairtrade.Silo.Imports;

/// <summary>
/// What an import will change, as steps that run as the importing user, and what it counts: each participant,
/// steering-group member, article and the council is created, updated or left unchanged.
/// </summary>
public sealed class ImportPlan
{
    private readonly List<Func<string, Task>> _steps = [];

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public void Create(Func<string, Task> step)
    {
        Created++;
        _steps.Add(step);
    }

    public void Update(params Func<string, Task>[] steps)
    {
        Updated++;
        _steps.AddRange(steps);
    }

    public void Keep() => Unchanged++;

    public async Task RunAsync(string actor)
    {
        foreach (var step in _steps)
        {
            await step(actor);
        }
    }

    public ImportReport Report(bool applied, ImportError[] errors) => new(applied, Created, Updated, Unchanged, errors);
}
