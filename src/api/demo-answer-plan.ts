// The demo's plans: a learning plan, a trip itinerary or a project plan, each built around the
// subject named in the prompt, with a table, numbered steps and a task list.
import { DEMO_NOTE, type DemoAnswerText, type TopicInput } from '@/api/demo-answer-types';

function cleanSubject(raw: string | undefined): string | undefined {
  const subject = raw
    // Stop at the end of the sentence or at a time frame: "Rust in 30 days" → "Rust".
    ?.split(/[?.!\n]|,\s|\s+(?:in|within|over|by)\s+(?:\d+|a|an|one|two|three|four|the next)\b/i)[0]
    ?.replace(/^(how to|about|the|a|an|some|my)\s+/i, '')
    .replace(/\s+(please|for me)$/i, '')
    .trim();
  return subject && subject.length <= 50 ? subject : undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function learningPlan(subject: string, quote: string): DemoAnswerText {
  return {
    reasoning: `Okay, the user is asking: "${quote}". They want a plan to learn ${subject}. A good learning plan is short enough to actually follow: four weeks, each with one focus and one concrete milestone, moving from fundamentals to practice to a real project and finally to sharing it, because explaining something is the best test of understanding. I should add a daily routine, since consistency matters more than intensity, and a checklist of set-up tasks so they can start today. I don't know their current level, so I'll keep the weeks general and suggest adjusting.`,
    content: `## A 4-week plan to learn ${subject}

**Goal:** by the end of week 4, build and share one small but complete project with ${subject}.

| Week | Focus | Milestone |
|---|---|---|
| 1 | Fundamentals: core concepts, vocabulary, set-up | Finish one introductory tutorial end to end |
| 2 | Practice: small daily exercises | Ten exercises solved without looking at the answers |
| 3 | Build: a small project of your own | A working first version |
| 4 | Polish and share: feedback, fixes, a write-up | The project published, plus a short post explaining it |

### Daily routine (45–60 minutes)

1. **10 minutes: review** yesterday's notes. Retrieval beats rereading.
2. **30–40 minutes: deliberate practice** on one thing just beyond your comfort zone.
3. **5–10 minutes: write down** what confused you; it becomes tomorrow's first task.

### Start today

- [ ] Pick **one** primary resource and stick with it for week 1
- [ ] Block the time in your calendar, same slot every day
- [ ] Find one person or community to share progress with
- [ ] Choose your week-3 project idea now, so weeks 1–2 have a purpose

> Consistency beats intensity: 45 minutes every day outperforms a six-hour weekend cram. If you already know the basics, merge weeks 1 and 2.`,
  };
}

function tripPlan(destination: string, quote: string): DemoAnswerText {
  return {
    reasoning: `Okay, the user is asking: "${quote}". They want an itinerary for ${destination}. I'm the offline demo, so I can't check opening hours, prices or events, and I shouldn't pretend to know specific venues. What I can give is a well-paced three-day structure that works almost anywhere: arrive and get oriented, a highlights day that beats the crowds, then a slower local day, plus a practical checklist. I'll be upfront that the specifics need checking.`,
    content: `## Three days in ${destination}

| Day | Morning | Afternoon | Evening |
|---|---|---|---|
| 1: Arrive and orient | Check in, drop your bags | Walk the central neighbourhood, find a market or café | Early dinner near your stay |
| 2: The highlights | The most famous sight, at opening time | Museum or landmark number two, long lunch between | A viewpoint at sunset |
| 3: Like a local | A neighbourhood off the main routes | Park, river or a short day trip | Farewell dinner somewhere you spotted on day 1 |

### Before you go

- [ ] Book the day-2 headline sight in advance: timed tickets sell out
- [ ] Save offline maps and the address of where you're staying
- [ ] Check local transport passes; they often pay off from day 2
- [ ] Note opening days: many museums close one weekday

**Pacing tip:** plan one "anchor" per half-day and leave the rest loose. The best travel moments are rarely the scheduled ones.

${DEMO_NOTE}`,
  };
}

function projectPlan(subject: string, quote: string): DemoAnswerText {
  const title = capitalize(subject);
  return {
    reasoning: `Okay, the user is asking: "${quote}". They want a plan for ${subject}. Without more detail I should give a structure that works for most projects: clarify the goal, break the work down, build in small increments, launch, then review. Each phase needs a clear output so progress is visible. A table for the phases, a short list of principles and a checklist for the first week should make it actionable right away.`,
    content: `## Plan: ${title}

| Phase | What happens | Done when |
|---|---|---|
| 1. Define | Write the goal in one sentence, list constraints (time, budget, people) | Everyone involved agrees on what "finished" means |
| 2. Break down | Split the work into tasks of half a day or less | Every task has an owner and an order |
| 3. Build | Work in short cycles and show progress every few days | The smallest useful version works |
| 4. Launch | Ship it, announce it, watch what happens | Real people are using the result |
| 5. Review | What went well, what to change next time | Three lessons written down |

### Principles

1. **Smallest useful version first.** Cut scope before you cut quality.
2. **Make progress visible.** A weekly demo or a shared checklist keeps momentum.
3. **Decide the risky parts early.** Do the thing you are least sure about in week one.

### This week

- [ ] Write the one-sentence goal
- [ ] List every task you can think of, then cross out a third of them
- [ ] Put the first review date in the calendar

${DEMO_NOTE}`,
  };
}

export function planAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const learn =
    /\b(?:learn(?:ing)?|study(?:ing)?|master(?:ing)?|get (?:good|better) at)\s+(.+)/i.exec(prompt);
  if (learn) return learningPlan(cleanSubject(learn[1]) ?? 'your topic', quote);

  if (/\b(trip|travel|itinerary|visit|vacation|holiday|weekend in|days in)\b/i.test(prompt)) {
    const place =
      /\b(?:to|in|for|visit(?:ing)?|around)\s+((?:[A-Z][\w'-]*|d[eu]|of|la|le)(?:\s+(?:[A-Z][\w'-]*|d[eu]|of|la|le))*)/.exec(
        prompt,
      );
    return tripPlan(cleanSubject(place?.[1]) ?? 'your destination', quote);
  }

  const subject =
    /\b(?:plan|roadmap|checklist|steps|schedule|list|guide|tips)\s+(?:for|to|on|of)\s+(.+)/i.exec(
      prompt,
    );
  return projectPlan(cleanSubject(subject?.[1]) ?? 'your project', quote);
}
