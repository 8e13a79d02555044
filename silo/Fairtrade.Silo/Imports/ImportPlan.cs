using Fairtrade.Abstractions.Imports;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// What an import will change, as steps stored and applied as the importing user, and what it counts: each
/// participant, steering-group member, article and the council is created, updated or left unchanged.
/// </summary>
public sealed class ImportPlan
{
    private readonly List<ImportStep> _steps = [];

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public IReadOnlyList<ImportStep> Steps => _steps;

    public void Create(params ImportStep[] steps)
    {
        Created++;
        _steps.AddRange(steps);
    }

    public void Update(params ImportStep[] steps)
    {
        Updated++;
        _steps.AddRange(steps);
    }

    public void Keep() => Unchanged++;

    public ImportReport Report(bool applied, ImportError[] errors) => new(applied, Created, Updated, Unchanged, errors);
}
