const FRAME_MS = 16;

export interface FeedWatcherOptions {
  /** Selects post roots. */
  postSelector: string;
  /** Called with the posts that appeared or changed, in the same task as the page's change. */
  onPosts: (posts: Element[]) => void;
  /** Our own nodes (overlay hosts): their insertion is not a change of the feed. */
  isOwnNode: (node: Node) => boolean;
  /** At most this many posts are handed over per frame (16 ms), so no frame runs long; the rest wait for the next. */
  maxPostsPerFrame?: number;
  /** Attributes whose change means a post's counts may have changed in place. */
  watchedAttributes?: string[];
}

/**
 * One MutationObserver for the page. Posts are handed over from the mutation callback itself, before the
 * page's next style and layout pass: the badges are laid out and painted with the posts they belong to, in
 * the frame the site renders anyway, instead of costing a layout and paint of their own a frame later.
 * The callback reads no layout and touches no storage.
 */
export class FeedWatcher {
  private readonly mutations: MutationObserver;
  private readonly changed = new Set<Element>();
  /** Added subtrees: searched for posts inside them. */
  private pendingSubtrees: Node[] = [];
  /**
   * Elements that changed (or whose text did): only the post that encloses them is of interest. A set: many records
   * share an element (a feed's container, for every item it drops; an element, for each of its texts the site
   * rewrites), and each element's post is looked for once, not once per record (each look is a call into the page's
   * DOM from the content script's world).
   */
  private pendingTargets = new Set<Element>();
  /** Posts handed over in the current 16 ms window, and when it began: a frame's allowance without a frame callback. */
  private spentThisFrame = 0;
  private frameStartedAt = Number.NEGATIVE_INFINITY;
  private frame: number | undefined;
  private stopped = false;

  constructor(
    private readonly root: Element,
    private readonly options: FeedWatcherOptions,
  ) {
    this.mutations = new MutationObserver((records) => this.queueMutations(records));
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
    this.drain();
  }

  stop(): void {
    this.stopped = true;
    this.mutations.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.changed.clear();
    this.pendingSubtrees = [];
    this.pendingTargets.clear();
  }

  private queueMutations(records: MutationRecord[]): void {
    if (this.queueRecords(records)) this.drain();
  }

  /** Keeps what the records changed, ours left out; true when something of the page's waits to be looked at. */
  private queueRecords(records: MutationRecord[]): boolean {
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
      const { target } = record;
      const element = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
      if (element) this.pendingTargets.add(element);
    }
    return this.pendingSubtrees.length + this.pendingTargets.size > 0;
  }

  /** Posts left over beyond a frame's allowance are taken on the next frame. */
  private scheduleFrame(): void {
    if (this.stopped || this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.frameStartedAt = Number.NEGATIVE_INFINITY; // a new frame: a new allowance
      this.drain();
    });
  }

  private collectPosts(): void {
    const { postSelector } = this.options;
    const subtrees = this.pendingSubtrees;
    const targets = this.pendingTargets;
    this.pendingSubtrees = [];
    this.pendingTargets = new Set();
    for (const node of subtrees) {
      const element = node as Element;
      if (!element.isConnected) continue;
      const enclosing = element.closest(postSelector);
      if (enclosing) this.changed.add(enclosing);
      else for (const post of element.querySelectorAll(postSelector)) this.changed.add(post);
    }
    for (const element of targets) {
      const enclosing = element.isConnected ? element.closest(postSelector) : null;
      if (enclosing) this.changed.add(enclosing);
    }
  }

  private drain(): void {
    if (this.stopped) return;
    this.collectPosts();
    const now = performance.now();
    if (now - this.frameStartedAt >= FRAME_MS) {
      this.frameStartedAt = now;
      this.spentThisFrame = 0;
    }
    const room = (this.options.maxPostsPerFrame ?? 40) - this.spentThisFrame;
    const batch: Element[] = [];
    for (const post of this.changed) {
      if (batch.length >= room) break;
      this.changed.delete(post);
      if (post.isConnected) batch.push(post);
    }
    this.spentThisFrame += batch.length;
    if (this.changed.size > 0) this.scheduleFrame();
    if (batch.length === 0) return;
    this.options.onPosts(batch);
    // The badges just placed queued records of their own: taken here, they cost no callback of their own (one per
    // batch of posts, entering the content script's world again only to be skipped). Anything of the page's among
    // them waits for the next frame.
    if (this.queueRecords(this.mutations.takeRecords())) this.scheduleFrame();
  }
}
