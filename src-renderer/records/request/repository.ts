import dayjs from 'dayjs';
import type { RxDocument } from 'rxdb';
import { map, type Observable } from 'rxjs';
import type { WriteContext } from '../../domain/entities/common';
import type { FieldIssue } from '../../domain/issues';
import { applyRequestAction, loggedEntry, type RequestAction, type RequestActionContext } from '../../domain/requests/requestFlow';
import type { RequestState } from '../../domain/requests/requestStates';
import type { LedgerDatabase } from '../../data/database';
import { NotFoundError, ValidationError } from '../../data/errors';
import { createEntityStore, toPlain } from '../../data/repository';
import { actionProblems, refusalIssue, ACTIVITY_MISSING_KEY, HISTORY_FULL_KEY } from './actionChecks';
import { MAX_HISTORY, newRequestFlow, parseRequestDetails, requestDocSchema, type RequestDetails, type RequestDoc, type RequestFields } from './shape';

export type RequestRepository = ReturnType<typeof createRequestRepository>;

/** Newest first: by the day logged, then as logged. */
function newestFirst(a: RequestDoc, b: RequestDoc): number {
  return b.receivedDate.localeCompare(a.receivedDate) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

const flowFieldsOf = requestDocSchema.pick({
  state: true,
  teamId: true,
  volunteerIds: true,
  activityId: true,
  doneDate: true,
  rating: true,
  ratingRemark: true,
  endReason: true,
  history: true,
});

export function createRequestRepository(db: LedgerDatabase, ctx: WriteContext) {
  const collection = db.requests;
  const store = createEntityStore<RequestFields, RequestDoc>(collection, 'request', ctx);
  const sorted = (docs: RxDocument<RequestDoc>[]): RequestDoc[] => docs.map((d) => toPlain(d)).sort(newestFirst);

  /** Who takes a step and when: this PC, by its write clock, so every PC's entries order the same way. */
  const actionContext = (): RequestActionContext => ({ at: ctx.now().toISOString(), by: ctx.deviceId });

  /** A request logged without a date was received today, on the station PC's own (write) clock. */
  const validateDetails = (input: unknown): RequestDetails => {
    const given = typeof input === 'object' && input !== null ? input : {};
    const withDate = 'receivedDate' in given && given.receivedDate ? given : { ...given, receivedDate: dayjs(ctx.now()).format('YYYY-MM-DD') };
    const parsed = parseRequestDetails(withDate);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    return parsed.value;
  };

  async function found(id: string): Promise<RequestDoc> {
    const request = await store.get(id);
    if (!request) throw new NotFoundError(id);
    return request;
  }

  /**
   * Takes one step of the flow (派单, 接单, 拒绝 …) by the state machine. A refused step throws a
   * ValidationError with the refusal's key on the field it concerns, and saves nothing.
   */
  async function apply(id: string, action: RequestAction): Promise<RequestDoc> {
    const problems: FieldIssue[] = actionProblems(action);
    if (problems.length > 0) throw new ValidationError(problems);
    const request = await found(id);
    const result = applyRequestAction(request, action, actionContext());
    if (!result.ok) throw new ValidationError([refusalIssue(result)]);
    if (result.next.history.length > MAX_HISTORY) throw new ValidationError([{ field: '', key: HISTORY_FULL_KEY, params: { max: MAX_HISTORY } }]);
    // The machine keeps the bounds it knows; the stored shape's are checked here, so nothing RxDB or the
    // server would refuse is ever written.
    const checked = flowFieldsOf.safeParse(result.next);
    if (!checked.success) throw new ValidationError(checked.error.issues.map((i) => ({ field: i.path.map(String).join('.'), key: 'validation.invalid' })));
    return store.patch(id, checked.data);
  }

  const byStateQuery = (state: RequestState | null) => collection.find(state === null ? {} : { selector: { state } });

  return {
    store,
    get: store.get,
    remove: store.remove,
    restore: store.restore,

    /** Logs a request: 待派单, with the logging as its first step. */
    async create(input: unknown): Promise<RequestDoc> {
      const details = validateDetails(input);
      return store.insert({ ...details, ...newRequestFlow(details.receivedDate, details.wantedDate), history: [loggedEntry(actionContext())] });
    },

    /** Corrects what was logged (who asks, what, by when); the flow's fields are changed by steps only. */
    async update(id: string, input: unknown): Promise<RequestDoc> {
      await found(id);
      return store.patch(id, validateDetails(input));
    },

    apply,

    /**
     * 办结: links the activity that served the request; its date becomes the day the request was done.
     * The activity must be on record (a deleted or mistyped one is refused on the activity field).
     */
    async close(id: string, activityId: string): Promise<RequestDoc> {
      const activity = activityId.trim() === '' ? null : await db.activities.findOne(activityId.trim()).exec();
      if (!activity) {
        if (activityId.trim() === '') return apply(id, { type: 'close', activityId: '', date: '' });
        throw new ValidationError([{ field: 'activityId', key: ACTIVITY_MISSING_KEY }]);
      }
      return apply(id, { type: 'close', activityId: activity.id, date: activity.date });
    },

    /** One request, kept current; null once it is deleted or when there is none. */
    one$: (id: string): Observable<RequestDoc | null> => collection.findOne(id).$.pipe(map((doc) => (doc ? toPlain(doc) : null))),
    /** The requests in one state (null: every one), newest first, kept current. */
    list$: (state: RequestState | null = null): Observable<RequestDoc[]> => byStateQuery(state).$.pipe(map(sorted)),
    list: async (state: RequestState | null = null): Promise<RequestDoc[]> => sorted(await byStateQuery(state).exec()),
    /** The requests an activity served (its page may show them). */
    ofActivity: async (activityId: string): Promise<RequestDoc[]> => sorted(await collection.find({ selector: { activityId } }).exec()),
  };
}
