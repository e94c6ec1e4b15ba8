// A signature drawn with a finger (or a mouse) on the consent form's canvas: each stroke is drawn as
// it goes, and when it ends the drawing is written, as a PNG data URL, into the hidden field beside
// the canvas; "Clear" starts again. Typing the name stays the way to sign without drawing.
(function () {
  function setUp(pad) {
    var canvas = pad.querySelector("canvas");
    var field = pad.querySelector("input[type=hidden]");
    var clear = pad.querySelector("button[data-clear]");
    var context = canvas.getContext("2d");
    var drawing = false;
    var last = null;

    function fit() {
      var ratio = window.devicePixelRatio || 1;
      var width = canvas.clientWidth;
      var height = canvas.clientHeight;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.lineWidth = 2.5;
      context.lineCap = "round";
      context.lineJoin = "round";
      context.strokeStyle = "#111";
      field.value = "";
    }

    function at(event) {
      var box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    canvas.addEventListener("pointerdown", function (event) {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      drawing = true;
      last = at(event);
      context.beginPath();
      context.arc(last.x, last.y, 1, 0, 2 * Math.PI);
      context.fillStyle = "#111";
      context.fill();
    });
    canvas.addEventListener("pointermove", function (event) {
      if (!drawing) {
        return;
      }
      var point = at(event);
      context.beginPath();
      context.moveTo(last.x, last.y);
      context.lineTo(point.x, point.y);
      context.stroke();
      last = point;
    });
    function end() {
      if (drawing) {
        drawing = false;
        field.value = canvas.toDataURL("image/png");
      }
    }
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    clear.addEventListener("click", function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      field.value = "";
    });
    fit();
  }

  document.querySelectorAll("[data-signature-pad]").forEach(setUp);
})();
