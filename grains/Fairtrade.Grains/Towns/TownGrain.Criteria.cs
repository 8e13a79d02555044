using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Persistence;

namespace Fairtrade.Grains.Towns;

/// <summary>The criteria the town meets itself: the council's resolution, the steering group and the media coverage.</summary>
public sealed partial class TownGrain
{
    public Task<Council?> GetCouncilAsync() => Task.FromResult(Profile is null ? null : state.State.Council);

    public async Task<Council?> SetCouncilAsync(DateOnly? resolutionAdoptedOn, string[] productsServed, string actor)
    {
        if (Profile is null)
        {
            return null;
        }

        var before = state.State.Council;
        state.State.Council = new Council(resolutionAdoptedOn, productsServed);
        Audit.Record(actor, "council.updated", EvidenceSubjects.Council, AuditChanges.Between(before, state.State.Council));
        await SaveAsync();
        return state.State.Council;
    }

    public async Task<SteeringGroupMember?> AddSteeringGroupMemberAsync(SteeringGroupMemberDraft draft, string actor)
    {
        if (Profile is null)
        {
            return null;
        }

        var member = new SteeringGroupMember(Ids.New(), draft.Name, draft.Sector, draft.Organisation);
        state.State.SteeringGroup.Add(member);
        Audit.Record(actor, "steering-group.member-added", EvidenceSubjects.SteeringGroup, AuditChanges.Between(null, member));
        await SaveAsync();
        return member;
    }

    public Task<SteeringGroupMember[]?> GetSteeringGroupAsync() => Task.FromResult(Profile is null ? null : state.State.SteeringGroup.ToArray());

    public async Task<bool> RemoveSteeringGroupMemberAsync(string memberId, string actor)
    {
        if (Profile is null || state.State.SteeringGroup.Find(m => m.Id == memberId) is not { } member)
        {
            return false;
        }

        state.State.SteeringGroup.Remove(member);
        Audit.Record(actor, "steering-group.member-removed", EvidenceSubjects.SteeringGroup, AuditChanges.Between(member, null));
        await SaveAsync();
        return true;
    }

    public async Task<MediaArticle?> AddMediaArticleAsync(MediaArticleDraft draft, string actor)
    {
        if (Profile is null)
        {
            return null;
        }

        var article = new MediaArticle(Ids.New(), draft.PublishedOn, draft.Outlet, draft.Title, draft.Url);
        state.State.Media.Add(article);
        Audit.Record(actor, "media.article-added", EvidenceSubjects.Media(article.Id), AuditChanges.Between(null, article));
        await SaveAsync();
        return article;
    }

    public Task<MediaArticle[]?> GetMediaAsync() =>
        Task.FromResult(Profile is null ? null : state.State.Media.OrderByDescending(a => a.PublishedOn).ToArray());
}
