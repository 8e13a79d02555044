using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Imports;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Rules.Evidence;

namespace Fairtrade.Grains.Imports;

/// <summary>
/// Applies an import's step as the importing user, through the grains' own methods (so each change is audited as
/// theirs), and so that a step applied twice changes nothing the second time: what the step would create is looked
/// for first, and a field is set, not changed by an amount. A step applied again finds its change and writes no
/// second audit entry.
/// </summary>
internal sealed class ImportStepRunner(IGrainFactory grains, string town, string actor, DateOnly asOf, ILogger logger)
{
    public const string DeclarationNote = "Recorded by a spreadsheet import.";

    public Task ApplyAsync(ImportStep step) => step switch
    {
        CreateParticipantStep create => CreateAsync(create),
        ChangeParticipantStep change => grains.Participant(town, change.Id).UpdateAsync(change.ToChanges(), asOf, actor),
        DeclareEvidenceStep declare => DeclareAsync(declare),
        AddActivityStep activity => AddActivityAsync(activity),
        AddMemberStep member => AddMemberAsync(member),
        RemoveMemberStep member => grains.Town(town).RemoveSteeringGroupMemberAsync(member.MemberId, actor),
        AddArticleStep article => AddArticleAsync(article),
        SetCouncilStep council => grains.Town(town).SetCouncilAsync(council.ResolutionAdoptedOn, council.ProductsServed, actor),
        _ => throw new NotSupportedException($"An import step of type {step.GetType().Name} is not known."),
    };

    private async Task CreateAsync(CreateParticipantStep step)
    {
        var participant = grains.Participant(town, step.Id);
        if (!await participant.CreateAsync(step.Details, step.Ruleset, actor)
            && await participant.GetAsync(asOf) is { } found && found.Details.Name != step.Details.Name)
        {
            // The id was free when the import was planned: someone made a participant of it since, outside the import.
            logger.LogWarning("Importing into {Town}: participant {Id} was created by someone else meanwhile and is left as it is", town, step.Id);
        }
    }

    /// <summary>The coordinator vouches for evidence of that day (the campaign's lists are such declarations), approved as a coordinator's evidence is.</summary>
    private async Task DeclareAsync(DeclareEvidenceStep step)
    {
        var participant = grains.Participant(town, step.Participant);
        if ((await participant.GetEvidenceAsync()).Any(e => e.Id == step.EvidenceId))
        {
            return;
        }

        var submission = new EvidenceSubmission(step.Participant, EvidenceKind.Declaration, step.Day, DeclarationNote, actor, EvidenceSource.Coordinator, step.EvidenceId, null);
        var outcome = await participant.SubmitEvidenceAsync(submission);
        if (outcome.Evidence is null)
        {
            logger.LogWarning("Importing into {Town}: the declaration for {Id} was refused ({Failure})", town, step.Participant, outcome.Failure);
        }
    }

    private async Task AddActivityAsync(AddActivityStep step)
    {
        var participant = grains.Participant(town, step.Participant);
        if (await participant.GetAsync(asOf) is { } view && !view.Activities.Any(a => a.Date == step.Date && a.Title == step.Title))
        {
            await participant.AddActivityAsync(step.Date, step.Title, actor);
        }
    }

    private async Task AddMemberAsync(AddMemberStep step)
    {
        var group = await grains.Town(town).GetSteeringGroupAsync() ?? [];
        if (group.Count(step.Matches) < step.Count)
        {
            await grains.Town(town).AddSteeringGroupMemberAsync(new SteeringGroupMemberDraft(step.Name, step.Sector, step.Organisation), actor);
        }
    }

    private async Task AddArticleAsync(AddArticleStep step)
    {
        var media = await grains.Town(town).GetMediaAsync() ?? [];
        if (media.Count(step.Matches) < step.Count)
        {
            await grains.Town(town).AddMediaArticleAsync(new MediaArticleDraft(step.PublishedOn, step.Outlet, step.Title, step.Url), actor);
        }
    }
}
