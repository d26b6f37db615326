extension KnowledgeBase {
  /// True when the relation `id` is declared with `trait` in `relations.yaml`.
  func relation(_ id: RelationID, has trait: Relation.Trait) -> Bool {
    relations[id]?.traits.contains(trait) ?? false
  }

  /// The opposites of `ids` that `relations.yaml` declares, each once, in order.
  func opposites(of ids: [RelationID]) -> [RelationID] {
    ids.compactMap { relations[$0]?.opposite }.uniqued()
  }
}
