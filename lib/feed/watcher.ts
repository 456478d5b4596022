export interface FeedWatcherOptions {
  /** Selects post roots. */
  postSelector: string;
  /** Called once per frame with the posts near the viewport that appeared or changed since the last call. */
  onPosts: (posts: Element[]) => void;
  /** Our own nodes (overlay hosts): their insertion is not a change of the feed. */
  isOwnNode: (node: Node) => boolean;
  /** How far outside the viewport a post counts as near. */
  nearMargin?: string;
  /** At most this many posts are handed over per frame, so no frame runs long. */
  maxPostsPerFrame?: number;
  /** Attributes whose change means a post's counts may have changed in place. */
  watchedAttributes?: string[];
}

/**
 * One MutationObserver for the page and one IntersectionObserver for the posts. The mutation callback
 * only queues nodes (no layout reads, no storage); the queue is worked off once per animation frame,
 * and only posts near the viewport are handed over.
 */
export class FeedWatcher {
  private readonly mutations: MutationObserver;
  private readonly visibility: IntersectionObserver;
  private readonly observed = new WeakSet<Element>();
  private readonly near = new Set<Element>();
  private readonly changed = new Set<Element>();
  /** Added subtrees: searched for posts inside them. */
  private pendingSubtrees: Node[] = [];
  /** Changed nodes: only the post that encloses them is of interest. */
  private pendingTargets: Node[] = [];
  private frame: number | undefined;
  private stopped = false;

  constructor(
    private readonly root: Element,
    private readonly options: FeedWatcherOptions,
  ) {
    this.mutations = new MutationObserver((records) => this.queueMutations(records));
    this.visibility = new IntersectionObserver((entries) => this.updateVisibility(entries), {
      rootMargin: options.nearMargin ?? '800px 0px',
    });
  }

  start(): void {
    this.pendingSubtrees.push(this.root);
    this.mutations.observe(this.root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.options.watchedAttributes ?? ['aria-label'],
    });
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.mutations.disconnect();
    this.visibility.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.near.clear();
    this.changed.clear();
    this.pendingSubtrees = [];
    this.pendingTargets = [];
  }

  /** Posts to hand over again on the next frame (e.g. after our overlay was removed by the page). */
  refresh(posts: Iterable<Element>): void {
    for (const post of posts) if (this.near.has(post)) this.changed.add(post);
    this.schedule();
  }

  private queueMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.options.isOwnNode(record.target)) continue;
      if (record.type === 'childList') {
        let foreign = false;
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE || this.options.isOwnNode(node)) continue;
          this.pendingSubtrees.push(node);
          foreign = true;
        }
        // Any removal counts, ours included: a site that re-renders away our overlay gets it back.
        if (!foreign && record.removedNodes.length === 0) continue;
      }
      this.pendingTargets.push(record.target);
    }
    if (this.pendingSubtrees.length + this.pendingTargets.length > 0) this.schedule();
  }

  private updateVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        this.changed.add(entry.target);
      } else {
        this.near.delete(entry.target);
        this.changed.delete(entry.target);
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.flush();
    });
  }

  private track(post: Element): void {
    if (!this.observed.has(post)) {
      this.observed.add(post);
      this.visibility.observe(post);
    } else if (this.near.has(post)) {
      this.changed.add(post);
    }
  }

  private collectPosts(): void {
    const { postSelector } = this.options;
    const subtrees = this.pendingSubtrees;
    const targets = this.pendingTargets;
    this.pendingSubtrees = [];
    this.pendingTargets = [];
    for (const node of subtrees) {
      const element = node as Element;
      if (!element.isConnected) continue;
      const enclosing = element.closest(postSelector);
      if (enclosing) this.track(enclosing);
      else for (const post of element.querySelectorAll(postSelector)) this.track(post);
    }
    for (const node of targets) {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const enclosing = element?.isConnected ? element.closest(postSelector) : null;
      if (enclosing) this.track(enclosing);
    }
  }

  private flush(): void {
    if (this.stopped) return;
    this.collectPosts();
    for (const post of this.near) if (!post.isConnected) this.near.delete(post);
    const limit = this.options.maxPostsPerFrame ?? 40;
    const batch: Element[] = [];
    for (const post of this.changed) {
      this.changed.delete(post);
      if (post.isConnected) batch.push(post);
      if (batch.length >= limit) break;
    }
    if (this.changed.size > 0) this.schedule();
    if (batch.length > 0) this.options.onPosts(batch);
  }
}
